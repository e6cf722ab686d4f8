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

/** The service with this id; throws when there is none (for code that names a service it ships). */
export function getService(id: string): ServiceDefinition {
  const found = findService(id);
  if (!found) throw new Error(`@dvc/services has no service "${id}"`);
  return found;
}
