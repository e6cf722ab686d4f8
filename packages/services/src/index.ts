import type { ServiceDefinition } from '@dvc/flows';
import { capPhieuLyLichTuPhap } from './cap-phieu-ly-lich-tu-phap.js';
import { dangKyKhaiSinh } from './dang-ky-khai-sinh.js';
import { dangKyThuongTru } from './dang-ky-thuong-tru.js';

export { capPhieuLyLichTuPhap, dangKyKhaiSinh, dangKyThuongTru };
export { examples, type ServiceExample } from './examples.js';

/** Every service this package defines, each checked by `defineService` when loaded. */
export const services: readonly ServiceDefinition[] = [
  dangKyKhaiSinh,
  dangKyThuongTru,
  capPhieuLyLichTuPhap,
];

/** The service with this id, or `undefined`. */
export function findService(id: string): ServiceDefinition | undefined {
  return services.find((service) => service.id === id);
}
