import { beforeAll, describe, expect, it } from 'vitest';
import {
  findOldWards,
  mapOldAddress,
  oldDistrictsOf,
  oldProvinces,
  oldWardsOf,
} from './places-full.js';
import { compactModuleSource, loadAddressDatabase } from './places-source.js';

// The first call reads 3.9 MB of JSON and indexes 10,977 rows: allow for a busy machine.
beforeAll(() => {
  mapOldAddress({ province: 'Bắc Kạn' });
}, 120_000);

const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('mapOldAddress', () => {
  it('maps an old Bắc Kạn ward to its new commune in Thái Nguyên', () => {
    const result = mapOldAddress({
      province: 'Tỉnh Bắc Kạn',
      district: 'Thành phố Bắc Kạn',
      ward: 'Phường Phùng Chí Kiên',
    });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ code: '01843', name: 'Phường Bắc Kạn', provinceCode: '19' });
  });

  it('tolerates missing type words, marks, case, NFD and spelling variants', () => {
    const expected = codes(
      mapOldAddress({
        province: 'Tỉnh Bắc Kạn',
        district: 'Thành phố Bắc Kạn',
        ward: 'Phường Phùng Chí Kiên',
      }),
    );
    for (const address of [
      { province: 'Bắc Kạn', district: 'Bắc Kạn', ward: 'Phùng Chí Kiên' },
      { province: 'bac can', district: 'TP Bac Kan', ward: 'phung chi kien' },
      {
        province: 'Tỉnh Bắc Kạn'.normalize('NFD'),
        district: 'Thành phố Bắc Kạn'.normalize('NFD'),
        ward: 'P. Phùng Chí Kiên',
      },
    ]) {
      expect(codes(mapOldAddress(address))).toEqual(expected);
    }
  });

  it('finds numbered wards with or without leading zeros', () => {
    const result = mapOldAddress({
      province: 'TP Hồ Chí Minh',
      district: 'Quận Gò Vấp',
      ward: 'Phường 12',
    });
    expect(result.map((c) => c.name)).toEqual(['Phường An Hội Tây']);
    expect(
      codes(mapOldAddress({ province: 'Hồ Chí Minh', district: 'Gò Vấp', ward: 'Phường 012' })),
    ).toEqual(codes(result));
  });

  it('follows the new name when the data gives a wrong code', () => {
    // The raw row says 31473 (Phường Long Bình) but names Phường Bình Thạnh.
    expect(
      mapOldAddress({
        province: 'Thành phố Hồ Chí Minh',
        district: 'Quận Bình Thạnh',
        ward: 'Phường 24',
      }).map((c) => c.name),
    ).toEqual(['Phường Bình Thạnh']);
  });

  it('tells apart districts that differ only by their type word', () => {
    const town = codes(mapOldAddress({ province: 'Hà Tĩnh', district: 'Thị xã Kỳ Anh' }));
    const rural = codes(mapOldAddress({ province: 'Hà Tĩnh', district: 'Huyện Kỳ Anh' }));
    const either = codes(mapOldAddress({ province: 'Hà Tĩnh', district: 'Kỳ Anh' }));
    expect(town).not.toEqual(rural);
    expect(new Set(either)).toEqual(new Set([...town, ...rural]));
  });

  it('gives every commune that took part of a district when no ward is given', () => {
    const result = mapOldAddress({ province: 'Bắc Kạn', district: 'Huyện Ba Bể' });
    expect(result.length).toBeGreaterThan(1);
    expect(codes(result)).toContain('01906');
    expect(result.every((c) => c.provinceCode === '19')).toBe(true);
  });

  it('returns nothing for unknown or junk addresses, without throwing', () => {
    expect(mapOldAddress({ province: 'Atlantis', ward: 'Xã Ba Bể' })).toEqual([]);
    expect(mapOldAddress({ province: '' })).toEqual([]);
    expect(mapOldAddress(null as never)).toEqual([]);
    expect(findOldWards({ province: 42 as never })).toEqual([]);
  });
});

describe('old-unit pickers', () => {
  it('lists the 63 old provinces and their districts and wards', () => {
    expect(oldProvinces()).toHaveLength(63);
    expect(oldProvinces()).toContain('Tỉnh Bắc Kạn');
    const districts = oldDistrictsOf('Bắc Kạn');
    expect(districts).toEqual(
      expect.arrayContaining(['Thành phố Bắc Kạn', 'Huyện Ba Bể', 'Huyện Chợ Đồn', 'Huyện Na Rì']),
    );
    expect(districts).toHaveLength(8);
    expect(oldWardsOf('Tỉnh Bắc Kạn', 'Thành phố Bắc Kạn')).toContain('Phường Phùng Chí Kiên');
  });
});

describe('compact browser module', () => {
  const source = compactModuleSource();

  it('holds the names and codes of every commune', () => {
    expect(source).toContain('01843Phường Bắc Kạn');
    expect(source).toContain('"19","Thái Nguyên","province"');
  });

  it('holds no old-address mapping data', () => {
    const { mappings } = loadAddressDatabase();
    expect(mappings.length).toBeGreaterThan(10000);
    expect(source).not.toMatch(/old_|ward_mappings|Quận |Huyện |Thị trấn |Tỉnh /u);
    // Old ward names that are no new commune's name anywhere must not appear.
    const newNames = new Set([...loadAddressDatabase().communes.values()].flat().map(([, n]) => n));
    const oldOnly = mappings.filter(
      (m) => m.oldProvinceName === 'Tỉnh Bắc Kạn' && !newNames.has(m.oldWardName),
    );
    expect(oldOnly.length).toBeGreaterThan(50);
    expect(
      oldOnly
        .filter((m) => new RegExp(`\\d{5}${m.oldWardName}[|"]`, 'u').test(source))
        .map((m) => m.oldWardName),
    ).toEqual([]);
  });
});
