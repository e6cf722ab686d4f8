import { describe, expect, it } from 'vitest';
import { applicationStatuses } from '../db/schema.js';
import {
  applyTransition,
  availableActions,
  finishedStatuses,
  officerActions,
  transitions,
} from './workflow.js';

describe('the processing state machine', () => {
  it('takes a new application through acceptance, a documents request and to the result', () => {
    let status = applyTransition('new', 'accept');
    expect(status).toEqual({ ok: true, to: 'accepted', reason: null });
    status = applyTransition('accepted', 'request-documents', ' Thiếu giấy chứng sinh ');
    expect(status).toEqual({ ok: true, to: 'needs-documents', reason: 'Thiếu giấy chứng sinh' });
    expect(applyTransition('needs-documents', 'documents-received')).toMatchObject({
      to: 'processing',
    });
    expect(applyTransition('processing', 'finish')).toMatchObject({ to: 'done' });
    expect(applyTransition('done', 'return-result')).toMatchObject({ to: 'returned' });
  });

  it('requires a reason to refuse, to ask for documents and to stop', () => {
    expect(applyTransition('new', 'refuse')).toEqual({ ok: false, error: 'reason-required' });
    expect(applyTransition('new', 'refuse', '   ')).toEqual({
      ok: false,
      error: 'reason-required',
    });
    expect(applyTransition('processing', 'request-documents', '')).toEqual({
      ok: false,
      error: 'reason-required',
    });
    expect(applyTransition('processing', 'stop')).toEqual({ ok: false, error: 'reason-required' });
    expect(applyTransition('new', 'refuse', 'Không thuộc thẩm quyền')).toMatchObject({
      ok: true,
      to: 'rejected',
    });
  });

  it('refuses every transition not in the table, from every status', () => {
    for (const status of applicationStatuses) {
      for (const action of officerActions) {
        const allowed = transitions[action].from.includes(status);
        const result = applyTransition(status, action, 'lý do');
        expect(result.ok, `${status} --${action}-->`).toBe(allowed);
        if (!allowed) expect(result).toEqual({ ok: false, error: 'not-allowed' });
      }
    }
  });

  it('offers nothing once an application is closed, except handing over a finished result', () => {
    for (const status of finishedStatuses) {
      expect(availableActions(status)).toEqual(status === 'done' ? ['return-result'] : []);
    }
    expect(availableActions('new')).toEqual(['accept', 'refuse', 'stop', 'record-withdrawal']);
  });

  it('never leads back to "new"', () => {
    for (const action of officerActions) expect(transitions[action].to).not.toBe('new');
  });
});
