import { describeDuration, formatClock } from '@domain/session/format';

/** A large clock staff can read across a dim room; its accessible name says what it counts. */
export function Timer({
  label,
  seconds,
  size = 'large',
  prefix = '',
}: {
  label: string;
  seconds: number;
  size?: 'large' | 'medium' | 'small';
  /** Shown before the digits, e.g. "+" for time over a plan. */
  prefix?: string;
}) {
  return (
    <div className={`timer timer-${size}`}>
      <div className="timer-label" aria-hidden="true">
        {label}
      </div>
      <div
        role="timer"
        aria-label={label}
        aria-live="off"
        aria-description={describeDuration(seconds)}
        className="timer-digits"
      >
        {prefix}
        {formatClock(seconds)}
      </div>
    </div>
  );
}
