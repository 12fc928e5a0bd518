/**
 * The network part of <kiosk-staff-view>: the update address (never with its password), the last
 * check and its result in plain Dutch ("niets nieuw", "niet bereikbaar sinds 09:12", …), or why
 * network updates are off.
 */
import { html, nothing } from 'lit';
import { formatDateTimeNl } from '../core/time/dutch-dates';
import { isGoodResult, networkResultWords, type NetworkStatus } from '../core/update/network-status';

/** `<dt>`/`<dd>` rows for the staff view's list. */
export function networkRows(network: NetworkStatus) {
  if (network.mode === 'off') {
    return html`<dt>Updates via het netwerk</dt>
      <dd data-staff-network="off">staan uit (geen "updateUrl" in config.json)</dd>`;
  }
  if (network.mode === 'disabled') {
    return html`<dt>Updates via het netwerk</dt>
      <dd data-staff-network="disabled" class="bad">staan uit: ${network.problem ?? 'onbekende reden'}</dd>
      ${addressRow(network)}`;
  }
  const check = network.lastCheck;
  return html`<dt>Updates via het netwerk</dt>
    <dd data-staff-network="on">elke ${intervalWords(network.intervalSeconds)} (ongeveer)</dd>
    ${addressRow(network)}
    <dt>Laatste controle</dt>
    ${
      check
        ? html`<dd data-staff-network-result=${check.result}>
            ${formatDateTimeNl(check.at)}:
            <strong class=${isGoodResult(check.result) ? 'good' : 'bad'}>${networkResultWords(check)}</strong>
            ${check.detail ? html`<br />${check.detail}` : nothing}
          </dd>`
        : html`<dd data-staff-network-result="none">nog niet gecontroleerd</dd>`
    }
    ${
      network.lastUpdatedAt
        ? html`<dt>Laatst bijgewerkt via het netwerk</dt>
            <dd>${formatDateTimeNl(network.lastUpdatedAt)}</dd>`
        : nothing
    }`;
}

function addressRow(network: NetworkStatus) {
  return network.address
    ? html`<dt>Updateadres</dt>
        <dd data-staff-network-address>${network.address}</dd>`
    : nothing;
}

/** "5 minuten", "30 seconden", "1 uur". */
function intervalWords(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'uur' : `${seconds / 3600} uur`;
  if (seconds % 60 === 0) return seconds === 60 ? 'minuut' : `${seconds / 60} minuten`;
  return `${seconds} seconden`;
}
