import type { PatientWords } from '@domain/patient/patient-words';

const INTENTION_MAX = 300;

/** Step four: an intention, if the patient likes, and where it goes, said truthfully. */
export function IntentionStep({
  words,
  value,
  onChange,
  clinicKeepsCopies,
}: {
  words: PatientWords;
  value: string;
  onChange: (intention: string) => void;
  clinicKeepsCopies: boolean;
}) {
  return (
    <div className="patient-intention">
      <label htmlFor="patient-intention">{words.intention}</label>
      <p className="patient-note" id="patient-intention-help">
        {words.intentionHelp}
      </p>
      <textarea
        id="patient-intention"
        rows={4}
        maxLength={INTENTION_MAX}
        value={value}
        aria-describedby="patient-intention-help patient-intention-where"
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="patient-note" id="patient-intention-where">
        {words.intentionWhere(clinicKeepsCopies)}
      </p>
    </div>
  );
}
