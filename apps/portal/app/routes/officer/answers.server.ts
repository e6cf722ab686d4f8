import type { Locale } from '@dvc/i18n';
import { checkAnswers } from '@dvc/flows';
import { findService } from '@dvc/services';

export interface AnswerRow {
  id: string;
  label: string;
  lines: string[];
}

function flatten(value: unknown, path: string, out: AnswerRow[]): void {
  if (value === null || value === undefined || value === '') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      flatten(item, `${path} ${String(i + 1)}`, out);
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      flatten(inner, path ? `${path} › ${key}` : key, out);
    }
    return;
  }
  out.push({
    id: path,
    label: path,
    lines: [typeof value === 'string' ? value : JSON.stringify(value)],
  });
}

/**
 * The answers as summary rows: with the service's own question labels (the citizen's
 * check-your-answers) where the definition knows the answers, and every other stored answer
 * after them under its key, so nothing submitted is hidden from the officer.
 */
export function answerRows(serviceId: string, answers: Record<string, unknown>, locale: Locale) {
  const rows: AnswerRow[] = [];
  const covered = new Set<string>();
  const definition = findService(serviceId);
  if (definition) {
    try {
      for (const row of checkAnswers(definition, answers as never, locale)) {
        rows.push({ id: row.questionId, label: row.label, lines: row.value });
        covered.add(row.questionId);
      }
    } catch {
      // Answers from an older definition: shown raw below.
    }
  }
  for (const [key, value] of Object.entries(answers)) {
    if (!covered.has(key)) flatten(value, key, rows);
  }
  return rows;
}
