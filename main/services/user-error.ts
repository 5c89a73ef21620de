/** An error whose message is written for staff and may be shown as it is. */
export class UserError extends Error {
  override name = 'UserError';
}
