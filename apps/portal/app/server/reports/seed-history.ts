import { services } from '@dvc/services';
import { communesOf } from '@dvc/vn/places';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { reportProvinceCode } from './figures.js';

export interface HistoryOptions {
  /** How many applications to create. */
  rows: number;
  /**
   * One letter that starts the random part of the codes and the idempotency keys of this set
   * ("H" for the start seed's history, "Y" for the year seed): running the same set again
   * adds nothing.
   */
  set: 'H' | 'Y';
  /** Spread over this many days up to now. */
  days?: number;
  now?: Date;
  /** Rows per INSERT statement (each is one set-based statement and one trigger run). */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Share of each service in the province's applications (births most, judicial records least). */
const serviceWeights: Record<string, number> = {
  'dang-ky-khai-sinh': 0.5,
  'dang-ky-thuong-tru': 0.3,
  'cap-phieu-ly-lich-tu-phap': 0.2,
};

// Names common in Thái Nguyên and former Bắc Kạn (Kinh, Tày, Nùng, Dao, Mông); fictional people.
const familyNames = [
  'Nguyễn',
  'Hoàng',
  'Nông',
  'Triệu',
  'Lý',
  'Ma',
  'Hà',
  'Lục',
  'Sùng',
  'Đặng',
  'Trần',
  'Lê',
  'Bàn',
  'Dương',
  'Vi',
];
const middleNames = ['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'A', 'Kim', 'Ngọc', 'Hữu', 'Thanh'];
const givenNames = [
  'An',
  'Bình',
  'Chiến',
  'Dung',
  'Giang',
  'Hạnh',
  'Huy',
  'Lan',
  'Mai',
  'Mỷ',
  'Nam',
  'Phượng',
  'Quân',
  'Sơn',
  'Tủa',
  'Thắm',
  'Tuấn',
  'Vân',
  'Xuân',
  'Yến',
];

function textArray(values: readonly string[]) {
  return sql`(array[${sql.join(values.map((v) => sql.lit(v)))}]::text[])`;
}

/**
 * Adds a history of realistic applications in set-based statements (generate_series, no row
 * sent from JavaScript): services weighted as above, communes of Thái Nguyên weighted so wards
 * and district towns get more, fewer on weekends, office hours; applications older than their
 * processing time mostly finished (about 8% late), a few refused, withdrawn or stopped; recent
 * ones still open, some of them past their deadline. The summary table is kept by the triggers.
 * Returns how many rows were added.
 */
export async function seedApplicationHistory(
  db: Kysely<Database>,
  options: HistoryOptions,
): Promise<number> {
  const now = options.now ?? new Date();
  const days = options.days ?? 365;
  const chunk = Math.max(1, options.chunk ?? 100_000);
  const communeCodes = communesOf(reportProvinceCode).map((c) => c.code);
  // Thái Nguyên's communes in code order: the old city and district towns come first.
  communeCodes.sort();
  const list = services.map((s) => ({
    id: s.id,
    weight: serviceWeights[s.id] ?? 0.1,
    // Working days to calendar days, roughly (weekends); public holidays are ignored here.
    calendarDays: Math.ceil((s.processingDays * 7) / 5),
  }));
  const totalWeight = list.reduce((sum, s) => sum + s.weight, 0);
  let cumulative = 0;
  const serviceCase = sql.join(
    list.map((s, index) => {
      cumulative += s.weight / totalWeight;
      const bound = index === list.length - 1 ? 2 : cumulative;
      return sql`when r_service < ${sql.lit(bound)} then ${sql.lit(index + 1)}`;
    }),
    sql` `,
  );
  const serviceIds = textArray(list.map((s) => s.id));
  const serviceDays = sql`(array[${sql.join(list.map((s) => sql.lit(s.calendarDays)))}]::int[])`;

  let added = 0;
  for (let start = 1; start <= options.rows; start += chunk) {
    const end = Math.min(options.rows, start + chunk - 1);
    const result = await sql`
      insert into applications (
        public_code, service_id, service_version, status, answers, applicant_name,
        applicant_id_number, applicant_id_hash, applicant_id_masked, commune_code,
        submitted_at, deadline, idempotency_key, status_changed_at, finished_at)
      select
        'HS-' || to_char(submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY') || '-'
          || ${options.set} || lpad(upper(to_hex(g)), 9, '0'),
        service_id, '1', status, '{}'::jsonb, applicant_name, id_number,
        encode(sha256('\\x69642d6e756d62657200'::bytea || convert_to(id_number, 'UTF8')), 'hex'),
        repeat('•', 9) || right(id_number, 3),
        commune_code, submitted_at, deadline, 'seed-history:' || ${options.set} || ':' || g,
        coalesce(finished_at, least(${now.toISOString()}::timestamptz,
          submitted_at + (finish_at - submitted_at) * 0.3)),
        finished_at
      from (
        select *,
          case when finish_at <= ${now.toISOString()}::timestamptz then
            case when r_status < 0.03 then 'rejected' when r_status < 0.05 then 'withdrawn'
                 when r_status < 0.06 then 'stopped' when r_status < 0.35 then 'done'
                 else 'returned' end
          else
            case when r_status < 0.15 then 'new' when r_status < 0.4 then 'accepted'
                 when r_status < 0.85 then 'processing' when r_status < 0.95 then 'needs-documents'
                 else 'needs-payment' end
          end as status,
          case when finish_at <= ${now.toISOString()}::timestamptz then finish_at end as finished_at
        from (
          select *,
            submitted_at + calendar_days * interval '1 day' as deadline,
            submitted_at + calendar_days * interval '1 day' * case
              when r_late < 0.08 then 1.02 + r_speed * 0.8
              else 0.15 + r_speed * 0.8 end as finish_at
          from (
            select g, r_service, r_speed, r_late, r_status,
              ${serviceIds}[service_index] as service_id,
              ${serviceDays}[service_index] as calendar_days,
              ${textArray(communeCodes)}[1 + floor(${sql.lit(communeCodes.length)} * power(r_commune, 1.6))::int] as commune_code,
              least(
                ((day - case when extract(isodow from day) >= 6 and r_weekend < 0.8
                             then (extract(isodow from day)::int - 5) else 0 end)::timestamp
                  + interval '7 hours 30 minutes' + r_hour * interval '9 hours')
                  at time zone 'Asia/Ho_Chi_Minh',
                ${now.toISOString()}::timestamptz - r_hour * interval '2 hours') as submitted_at,
              ${textArray(familyNames)}[1 + floor(r_name * ${sql.lit(familyNames.length)})::int]
                || ' ' || ${textArray(middleNames)}[1 + floor(random() * ${sql.lit(middleNames.length)})::int]
                || ' ' || ${textArray(givenNames)}[1 + floor(random() * ${sql.lit(givenNames.length)})::int]
                as applicant_name,
              (array['019', '006'])[1 + floor(r_name * 2)::int]
                || floor(random() * 4)::int
                || lpad(floor(random() * 100)::int::text, 2, '0')
                || lpad(floor(random() * 1000000)::int::text, 6, '0') as id_number
            from (
              select g, r_service, random() as r_commune, random() as r_weekend,
                random() as r_hour, random() as r_speed, random() as r_late, random() as r_status,
                random() as r_name,
                case ${serviceCase} end as service_index,
                (${now.toISOString()}::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date
                  - floor(random() * ${sql.lit(days)})::int as day
              from (select g, random() as r_service from generate_series(${start}::int, ${end}::int) g) s
            ) r
          ) p
        ) t
      ) a
      on conflict do nothing`.execute(db);
    added += Number(result.numAffectedRows ?? 0);
    options.onProgress?.(end, options.rows);
  }
  return added;
}
