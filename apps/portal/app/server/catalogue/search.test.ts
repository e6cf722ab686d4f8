import { describe, expect, it } from 'vitest';
import { catalogueServices } from './catalogue.js';
import { createCatalogueSearch, maxQueryLength, searchCatalogue } from './search.js';
import { signposts } from './signposts.js';

const birth = 'dang-ky-khai-sinh';
const residence = 'dang-ky-thuong-tru';
const record = 'cap-phieu-ly-lich-tu-phap';

function first(query: string): string | undefined {
  const result = searchCatalogue(query);
  return result.serviceIds[0] ?? result.signposts.map((s) => `signpost:${s.id}`)[0];
}

describe('the catalogue search', () => {
  it.each([
    ['khai sinh', birth],
    ['Đăng ký khai sinh', birth],
    ['khai sinh cho con', birth],
    ['làm giấy khai sinh cho bé', birth],
    ['ho khau', residence],
    ['hộ khẩu', residence],
    ['nhap khau', residence],
    ['tôi muốn nhập hộ khẩu cho vợ', residence],
    ['thuong tru', residence],
    ['ly lich tu phap', record],
    ['Lý lịch tư pháp', record],
    ['xin phiếu lý lịch tư pháp', record],
    ['LLTP', record],
  ])('finds "%s" folded, with or without marks', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('finds the same service whatever the marks, case, NFD or tone placement', () => {
    const composed = searchCatalogue('Lý lịch tư pháp');
    for (const variant of [
      'ly lich tu phap',
      'LÝ LỊCH TƯ PHÁP',
      'Lý lịch tư pháp'.normalize('NFD'),
      '  lý   lịch  tư pháp ',
    ]) {
      expect(searchCatalogue(variant).serviceIds).toEqual(composed.serviceIds);
    }
    expect(searchCatalogue('dang ky khai sinh').serviceIds).toEqual([birth]);
    // đ is not a mark: it is mapped to d explicitly.
    expect(searchCatalogue('đăng ký khai sinh').serviceIds).toEqual([birth]);
  });

  it.each([
    ['birth certificate', birth],
    ['register a birth', birth],
    ['how to register my baby', birth],
    ['permanent residence', residence],
    ['criminal record', record],
    ['police check', record],
  ])('finds "%s" in English', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each([
    ['lam cccd', 'can-cuoc'],
    ['làm CCCD', 'can-cuoc'],
    ['căn cước', 'can-cuoc'],
    ['đổi thẻ căn cước', 'can-cuoc'],
    ['CMND', 'can-cuoc'],
    ['chứng minh nhân dân', 'can-cuoc'],
    ['ID card', 'can-cuoc'],
    ['làm hộ chiếu ở đâu', 'ho-chieu'],
    ['bang lai xe', 'giay-phep-lai-xe'],
    ['driving license', 'giay-phep-lai-xe'],
    ['đăng ký kết hôn', 'ket-hon'],
    ['tam tru', 'tam-tru'],
  ])('signposts "%s", a procedure done elsewhere, without offering a service', (query, id) => {
    const result = searchCatalogue(query);
    expect(result.signposts.map((s) => s.id)).toContain(id);
    expect(result.serviceIds).toEqual([]);
  });

  it('finds nothing for a query that names nothing, and nothing for an empty one', () => {
    expect(searchCatalogue('xyzzy')).toEqual({ query: 'xyzzy', serviceIds: [], signposts: [] });
    expect(searchCatalogue('   ')).toEqual({ query: '', serviceIds: [], signposts: [] });
    expect(searchCatalogue('làm cho tôi')).toMatchObject({ serviceIds: [], signposts: [] });
  });

  it('"đăng ký" alone lists every registration, and no service twice', () => {
    const { serviceIds } = searchCatalogue('dang ky');
    expect(serviceIds).toContain(birth);
    expect(serviceIds).toContain(residence);
    expect(new Set(serviceIds).size).toBe(serviceIds.length);
  });

  it('reads the query as NFC, trimmed and cut to the longest length', () => {
    expect(searchCatalogue('  khai   sinh '.normalize('NFD')).query).toBe('khai sinh');
    const long = 'khai sinh '.repeat(30);
    expect(searchCatalogue(long).query).toHaveLength(maxQueryLength);
    expect(searchCatalogue(long).serviceIds).toEqual([birth]);
  });

  it('searches the services and signposts it is given, not a fixed list', () => {
    const search = createCatalogueSearch([], signposts.slice(0, 1), {});
    expect(search('khai sinh').serviceIds).toEqual([]);
    expect(search('cccd').signposts.map((s) => s.id)).toEqual(['can-cuoc']);
  });

  it('marks every signpost whose details are unchecked, and links only to official sites', () => {
    for (const signpost of signposts) {
      expect(typeof signpost.confirmed).toBe('boolean');
      expect(signpost.title.vi).toBe(signpost.title.vi.normalize('NFC'));
      expect(signpost.where.vi).toBe(signpost.where.vi.normalize('NFC'));
      if (signpost.link) expect(signpost.link.href).toMatch(/^https:\/\/[a-z.]+\.gov\.vn$/u);
    }
  });
});

describe('the catalogue', () => {
  it('lists the three services with summary, online level, fee, time and start link', () => {
    const vi = catalogueServices('vi');
    expect(vi.map((s) => s.id)).toEqual([birth, residence, record]);
    const lltp = vi.find((s) => s.id === record);
    expect(lltp).toMatchObject({
      name: 'Cấp phiếu lý lịch tư pháp',
      onlineLevel: 'toan-trinh',
      processingDays: 10,
      href: '/dich-vu/cap-phieu-ly-lich-tu-phap',
    });
    expect(lltp?.fee).toMatch(/^200\.000\s₫$/u);
    expect(vi.find((s) => s.id === birth)?.fee).toBeNull();
    expect(catalogueServices('en').find((s) => s.id === birth)?.name).toBe('Register a birth');
  });
});
