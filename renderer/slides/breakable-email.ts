/** An e-mail address that may wrap: a long one would otherwise run out of its box. */
import { html } from 'lit';

/** "jonas.vanlaere@groepintro.be" may break before the "@" rather than anywhere. */
export function breakableEmail(email: string) {
  const at = email.indexOf('@');
  return at <= 0 ? email : html`${email.slice(0, at)}<wbr />${email.slice(at)}`;
}
