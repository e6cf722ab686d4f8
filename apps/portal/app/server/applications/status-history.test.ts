import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { citizenEvent, findApplicationWithHistory, isOverdue } from './status-history.js';
import { submitApplication } from './submit.js';

const idNumber = '019085001234';

describe('citizenEvent', () => {
  it('shows the submission and status changes, and keeps officers’ own events to them', () => {
    expect(citizenEvent('submitted')).toEqual({ kind: 'submitted' });
    expect(citizenEvent('status:needs-documents')).toEqual({
      kind: 'status',
      status: 'needs-documents',
    });
    expect(citizenEvent('processing')).toEqual({ kind: 'status', status: 'processing' });
    expect(citizenEvent('status:made-up')).toBeNull();
    expect(citizenEvent('assigned')).toBeNull();
    expect(citizenEvent('note')).toBeNull();
  });
});

describe('isOverdue', () => {
  const deadline = new Date('2026-12-01T10:00:00Z');
  it('is true only for an open application past its date', () => {
    expect(isOverdue('processing', deadline, new Date('2026-12-02T00:00:00Z'))).toBe(true);
    expect(isOverdue('processing', deadline, new Date('2026-11-30T00:00:00Z'))).toBe(false);
    expect(isOverdue('done', deadline, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(isOverdue('returned', deadline, new Date('2026-12-02T00:00:00Z'))).toBe(false);
  });
});

describeEachDatabase('findApplicationWithHistory', (get) => {
  it('gives the status and each change with its date and reason, oldest first', async () => {
    const { db } = get();
    const submittedAt = new Date('2026-11-20T02:00:00Z');
    const { id, publicCode } = await submitApplication(db, {
      idempotencyKey: 'history-1',
      serviceId: 'dang-ky-thuong-tru',
      serviceVersion: '1',
      answers: {},
      applicantName: 'Nguyễn Văn An',
      applicantIdNumber: idNumber,
      deadline: new Date('2026-11-29T10:00:00Z'),
      now: submittedAt,
    });
    const reason = 'Thiếu giấy tờ chứng minh chỗ ở hợp pháp.'.normalize('NFD');
    await db
      .insertInto('application_events')
      .values([
        {
          application_id: id,
          actor: 'officer:demo',
          action: 'status:accepted',
          reason: null,
          at: new Date('2026-11-21T02:00:00Z'),
        },
        {
          application_id: id,
          actor: 'officer:demo',
          action: 'assigned',
          reason: 'internal: to Chị Hà',
          at: new Date('2026-11-21T03:00:00Z'),
        },
        {
          application_id: id,
          actor: 'officer:demo',
          action: 'status:needs-documents',
          reason,
          at: new Date('2026-11-22T02:00:00Z'),
        },
      ])
      .execute();
    await db
      .updateTable('applications')
      .set({ status: 'needs-documents' })
      .where('id', '=', id)
      .execute();

    const found = await findApplicationWithHistory(db, publicCode, idNumber);
    expect(found).toMatchObject({
      publicCode,
      serviceId: 'dang-ky-thuong-tru',
      status: 'needs-documents',
      applicantIdMasked: '•••••••••234',
    });
    expect(found?.deadline.toISOString()).toBe('2026-11-29T10:00:00.000Z');
    expect(found?.history.map((h) => (h.kind === 'status' ? h.status : h.kind))).toEqual([
      'submitted',
      'accepted',
      'needs-documents',
    ]);
    expect(found?.history[2]?.reason).toBe('Thiếu giấy tờ chứng minh chỗ ở hợp pháp.');
    expect(found?.history[2]?.at.toISOString()).toBe('2026-11-22T02:00:00.000Z');
    expect(JSON.stringify(found)).not.toContain('internal');
    expect(JSON.stringify(found)).not.toContain(idNumber);
  });

  it('answers null when the code or the ID number is wrong, the same either way', async () => {
    const { db } = get();
    const { publicCode } = await submitApplication(db, {
      idempotencyKey: 'history-2',
      serviceId: 'dang-ky-khai-sinh',
      serviceVersion: '1',
      answers: {},
      applicantName: 'Nguyễn Văn An',
      applicantIdNumber: idNumber,
      deadline: new Date('2026-12-10T10:00:00Z'),
    });
    expect(await findApplicationWithHistory(db, publicCode, '019085009999')).toBeNull();
    expect(await findApplicationWithHistory(db, 'HS-2026-0000000000', idNumber)).toBeNull();
    expect((await findApplicationWithHistory(db, publicCode, idNumber))?.history).toHaveLength(1);
  });
});
