/** A refusal or failure staff read and then put away with Dismiss; nothing when there is none. */
export function ErrorAlert({
  error,
  onDismiss,
  className = '',
}: {
  error: string | null;
  onDismiss: () => void;
  className?: string;
}) {
  if (!error) return null;
  return (
    <div role="alert" className={`warning ${className}`.trim()}>
      <span>{error}</span>
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
