// Effort bench: for each service, how much a citizen does online with a prefilled profile
// (and without one), beside the number of fields on the paper form the service replaces.
// Runs the compiled packages (`turbo run bench` builds them first). Prints; never fails on numbers.
import { applyPrefill, measureEffort } from '@dvc/flows';
import { examples, findService } from '@dvc/services';

const rows = [];
for (const example of examples) {
  const service = findService(example.serviceId);
  if (!service) throw new Error(`no service ${example.serviceId}`);
  const empty = { answers: {}, unconfirmed: [] };
  const { state: prefilledState, prefilled } = applyPrefill(service, empty, example.profile);
  const withProfile = measureEffort(service, {
    answers: { ...example.answers, ...prefilledState.answers },
    unconfirmed: prefilledState.unconfirmed,
  });
  // Without a profile the same answers are all typed by hand.
  const profileAnswers = Object.fromEntries(
    prefilled.map((id) => [id, prefilledState.answers[id]]),
  );
  const withoutProfile = measureEffort(service, {
    answers: { ...example.answers, ...profileAnswers },
    unconfirmed: [],
  });
  const paper = service.paperForm;
  rows.push({
    service: service.id,
    example: example.description,
    pages: withProfile.pages,
    questionsToAnswer: withProfile.questions,
    prefilledToConfirm: withProfile.confirmed,
    fieldsToType: withProfile.fieldsTyped,
    fieldsToChoose: withProfile.fieldsChosen,
    uploads: withProfile.uploads,
    fieldsToTypeWithoutProfile: withoutProfile.fieldsTyped,
    paperFormFields: paper ? `${paper.fieldCount}${paper.estimate ? ' (estimate)' : ''}` : 'n/a',
    paperForm: paper ? `${paper.name.vi}${paper.note ? `, ${paper.note}` : ''}` : 'n/a',
  });
}

console.log('Effort per service: a citizen signed in with a prefilled profile (VNeID-like)\n');
const columns = [
  ['service', 'service'],
  ['pages', 'pages'],
  ['questionsToAnswer', 'questions answered'],
  ['prefilledToConfirm', 'prefilled, confirmed only'],
  ['fieldsToType', 'fields typed'],
  ['fieldsToChoose', 'fields chosen'],
  ['uploads', 'uploads'],
  ['fieldsToTypeWithoutProfile', 'fields typed, no profile'],
  ['paperFormFields', 'paper form fields'],
];
const widths = columns.map(([key, title]) =>
  Math.max(title.length, ...rows.map((r) => String(r[key]).length)),
);
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(columns.map(([, title]) => title)));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(columns.map(([key]) => row[key])));
console.log('');
for (const row of rows) console.log(`${row.service}: ${row.example}; paper: ${row.paperForm}`);
console.log(
  '\nPaper counts are data in each definition (paperForm), with their source; "(estimate)" marks counts not checked against the official form.',
);
