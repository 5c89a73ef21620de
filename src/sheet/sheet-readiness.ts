/** What a sheet cannot be handed over without: whom to call, by name and number. */
export type MissingForPrint = 'clinicName' | 'clinicPhone';

const NAMES: Record<MissingForPrint, string> = {
  clinicName: 'the clinic’s name',
  clinicPhone: 'the clinic’s phone number',
};

/**
 * What the clinic still has to enter before a sheet may be printed or saved: a sheet that names no
 * clinic or gives no number to call sends a patient home without anyone to ask.
 */
export function missingForPrint(details: { clinicName: string; clinicPhone: string }): MissingForPrint[] {
  const missing: MissingForPrint[] = [];
  if (!details.clinicName.trim()) missing.push('clinicName');
  if (!details.clinicPhone.trim()) missing.push('clinicPhone');
  return missing;
}

/** Says to staff, in one sentence, what is missing and where to enter it. */
export function missingForPrintMessage(missing: readonly MissingForPrint[]): string {
  const names = missing.map((item) => NAMES[item]);
  const what = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const are = names.length > 1 ? 'are' : 'is';
  return `This sheet cannot be printed yet: ${what} ${are} missing. Enter ${names.length > 1 ? 'them' : 'it'} in Clinic, Details.`;
}
