/**
 * Logs an error by its class, code and stack frames only. Messages are left out: a
 * database error can quote the values of a row, and those may be someone's ID number.
 */
export function logError(where: string, error: unknown): void {
  if (!(error instanceof Error)) {
    console.error(`[${where}] error of type ${typeof error}`);
    return;
  }
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  console.error(
    `[${where}] ${error.name}${typeof code === 'string' ? ` (${code})` : ''}\n${frames}`,
  );
}
