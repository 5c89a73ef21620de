import { missingForPrintMessage, type MissingForPrint } from '@domain/sheet/sheet-readiness';

/** Says what the clinic has yet to enter before a sheet can be printed, with the way there. */
export function SheetMissing({ missing, onOpenDetails }: { missing: MissingForPrint[]; onOpenDetails: () => void }) {
  if (missing.length === 0) return null;
  return (
    <div role="status" className="warning sheet-missing-note no-print">
      <p>{missingForPrintMessage(missing)}</p>
      <button type="button" className="secondary" onClick={onOpenDetails}>
        Open Clinic, Details
      </button>
    </div>
  );
}
