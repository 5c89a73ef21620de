import { SheetPreview } from './SheetPreview';
import { WordingPartEditor } from './WordingPartEditor';
import './sheet-wording.css';

/** The sheet's fixed wording in both languages, with a live preview beside it. */
export function SheetWordingTab() {
  return (
    <div className="sheet-wording">
      <div className="clinic-form">
        <WordingPartEditor part="tonight" title="Tonight" hint="From 1 to 5 lines." />
        <WordingPartEditor part="thisWeek" title="This week" hint="From 1 to 5 lines." />
        <WordingPartEditor part="weeklyCheckIn" title="Weekly check-in" hint="Printed under This week." />
        <WordingPartEditor
          part="crisisLine"
          title="Crisis line"
          hint="Printed at the foot of the sheet. The built-in text names the US 988 Lifeline; outside the US, write your local line."
        />
      </div>
      <SheetPreview />
    </div>
  );
}
