/**
 * Which duty of a case an issued document fulfils, and the duties with that duty ticked off.
 * Pure: the issue date and version are passed in.
 */
import type { CaseDuty } from '../case/types';

/**
 * Third-party duties that are fulfilled by issuing the document itself (domain.md §4, §6).
 * Only documents whose issue IS the act are listed:
 * - S9 is the melding verwijdering to B&W (leerplichtambtenaar), LPW art. 18 lid 1 "terstond":
 *   sending the letter is the report.
 * - P8 records the overleg with the vertrouwensinspecteur that already took place
 *   (WPO art. 4a lid 1; WVO 2020 art. 3.39 lid 1); the aangifte it may lead to (lid 2) is a
 *   separate act and stays open.
 * S5 is deliberately absent: it is a concept of the ISD melding, which is only made once it is
 * entered in the Internet Schooldossier, so issuing the concept does not prove the report.
 */
const DUTY_KEYS_BY_DOCUMENT: Readonly<Record<string, string>> = {
  S9: 'leerplichtMelding',
  P8: 'vertrouwensinspecteurOverleg',
};

/** The procedure step duty of a document code, as `deriveCaseDuties` names it. */
const stepKeyOf = (code: string): string => `stap-${code}`;

/**
 * The open or done duty of the case that a document with this code fulfils: its procedure step
 * (the engine links every step duty to its document code), else the report it stands for.
 * Null when the document fulfils no duty of this case (e.g. D2, or a step without deadline).
 */
export function findDutyForDocument(duties: readonly CaseDuty[], code: string): CaseDuty | null {
  const step = duties.find(
    (d) => d.source === 'procedure' && (d.documentId === code || d.key === stepKeyOf(code)),
  );
  if (step) return step;
  const key = DUTY_KEYS_BY_DOCUMENT[code];
  return key ? (duties.find((d) => d.source === 'procedure' && d.key === key) ?? null) : null;
}

/** The duties after a document was issued, and the duty that was ticked off. */
export type DutyTick = { duties: CaseDuty[]; ticked: CaseDuty };

/**
 * Marks the duty a newly issued document fulfils as done on the document's date. Only the
 * first version ticks: a correction neither reopens nor re-dates the duty, and a duty already
 * done (by hand or earlier) keeps its date. Null when nothing changes.
 */
export function tickDutyForIssuedDocument(
  duties: readonly CaseDuty[],
  issued: { code: string; version: number; issuedOn: string },
): DutyTick | null {
  if (issued.version !== 1) return null;
  const duty = findDutyForDocument(duties, issued.code);
  if (duty?.doneAt !== null) return null;
  const ticked: CaseDuty = { ...duty, doneAt: issued.issuedOn };
  return { duties: duties.map((d) => (d.id === duty.id ? ticked : d)), ticked };
}
