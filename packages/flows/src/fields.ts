// Form field names, shared by the templates, the form-post parser and validation errors, so
// that an error links to the field that caused it. Question ids are lower-case words joined by
// "-", so the separators below never clash with an id.

/** `ho-ten`, or `ngay-sinh-day` for one part of a date or an address. */
export function fieldName(questionId: string, part?: string): string {
  return part ? `${questionId}-${part}` : questionId;
}

/** `thanh-vien[0].ho-ten`, or `thanh-vien[0].ngay-sinh-day` for a part. */
export function itemFieldName(
  groupId: string,
  index: number,
  subQuestionId: string,
  part?: string,
): string {
  return `${groupId}[${String(index)}].${fieldName(subQuestionId, part)}`;
}

/** The parts of each question type that is asked in several fields. */
export const dateParts = ['day', 'month', 'year'] as const;
export const addressParts = ['province', 'commune', 'street'] as const;

/** The name of the submit button that changes a repeating group without JavaScript. */
export const actionField = '_action';

/** `add:thanh-vien` — the value of the button that adds an item. */
export function addItemAction(groupId: string): string {
  return `add:${groupId}`;
}

/** `remove:thanh-vien:2` — the value of the button that removes an item. */
export function removeItemAction(groupId: string, index: number): string {
  return `remove:${groupId}:${String(index)}`;
}
