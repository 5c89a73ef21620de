import type { ClinicConfig } from '@domain/clinic/clinic-config';
import { LANGUAGES } from '@domain/sheet/prompt-types';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import { useClinicEditor, useClinicEditorActions, usePartDraft } from '../../stores/clinic-editor';
import { FormField } from '../../ui/FormField';
import { LogoField } from './LogoField';
import { ChecklistEditor } from './ChecklistEditor';

type TextField = 'clinicName' | 'roomName' | 'clinicPhone' | 'afterHoursPhone';

/** One of the clinic's text details, saved as typed; an invalid value stays with its reason. */
function DetailText({
  field,
  label,
  hint,
  type = 'text',
}: {
  field: TextField;
  label: string;
  hint?: string;
  type?: string;
}) {
  const saved = useClinicEditor((s) => s.config![field]);
  const draft = usePartDraft(field);
  const { setDetail, endTyping } = useClinicEditorActions();
  return (
    <FormField label={label} hint={hint} error={draft?.errors['']}>
      <input
        type={type}
        value={draft ? String(draft.value) : saved}
        onChange={(e) => setDetail(field, e.target.value)}
        onBlur={endTyping}
      />
    </FormField>
  );
}

/** A set of radio buttons for one of the clinic's choices. */
function Choice<F extends 'defaultLanguage' | 'paperSize'>({
  field,
  legend,
  options,
}: {
  field: F;
  legend: string;
  options: { value: ClinicConfig[F]; label: string }[];
}) {
  const value = useClinicEditor((s) => s.config![field]);
  const { setDetail } = useClinicEditorActions();
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label className="check" key={option.value}>
          <input
            type="radio"
            name={field}
            checked={value === option.value}
            onChange={() => setDetail(field, option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The clinic's name, room, phone number, how its take-home sheets are made, and its discharge checklist. */
export function DetailsTab() {
  const sessions = useClinicEditor((s) => s.config!.inductionSessions);
  const sessionsDraft = usePartDraft('inductionSessions');
  const keepCopies = useClinicEditor((s) => s.config!.keepSheetCopies);
  const { setDetail, endTyping } = useClinicEditorActions();
  const shownSessions = sessionsDraft ? Number(sessionsDraft.value) : sessions;

  return (
    <div className="clinic-form">
      <fieldset className="form-group">
        <legend>The clinic</legend>
        <DetailText
          field="clinicName"
          label="Clinic name"
          hint="Printed at the top of every take-home sheet. No sheet prints until it is entered."
        />
        <DetailText field="roomName" label="Room name" hint="Shown in the bar at the top of the screen." />
        <DetailText
          field="clinicPhone"
          label="Phone number"
          type="tel"
          hint="Printed on the sheet as the number to call with questions. No sheet prints until it is entered."
        />
        <DetailText
          field="afterHoursPhone"
          label="After-hours number (optional)"
          type="tel"
          hint="Printed beside the phone number, for calls when the clinic is closed. Leave it empty to print none."
        />
        <LogoField />
      </fieldset>
      <fieldset className="form-group">
        <legend>Take-home sheets</legend>
        <Choice
          field="defaultLanguage"
          legend="Default sheet language"
          options={LANGUAGES.map((code) => ({ value: code, label: SHEET_DICTIONARIES[code].languageName }))}
        />
        <Choice
          field="paperSize"
          legend="Paper size"
          options={[
            { value: 'letter', label: 'US Letter' },
            { value: 'a4', label: 'A4' },
          ]}
        />
        <FormField
          label="Sessions in the first series"
          hint="From 1 to 20. Sessions after these get prompts for maintenance."
          error={sessionsDraft?.errors['']}
        >
          <input
            type="number"
            min={1}
            max={20}
            step={1}
            value={Number.isNaN(shownSessions) ? '' : shownSessions}
            onChange={(e) => setDetail('inductionSessions', e.target.valueAsNumber)}
            onBlur={endTyping}
          />
        </FormField>
        <div className="keep-copies">
          <label className="check">
            <input
              type="checkbox"
              checked={keepCopies}
              aria-describedby="keep-copies-hint"
              onChange={(e) => setDetail('keepSheetCopies', e.target.checked)}
            />
            Keep a copy of each take-home sheet
          </label>
          <p className="field-hint" id="keep-copies-hint">
            Off by default. While it is off, nothing about a sheet is kept once it is printed or saved. While it is on,
            each sheet’s text, including the patient’s intention if they wrote one, is kept in this computer’s data
            folder.
          </p>
        </div>
      </fieldset>
      <ChecklistEditor />
      <ChecklistEditor list="earlyCloseReasons" />
    </div>
  );
}
