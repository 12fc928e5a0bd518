import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { announcementLines, announcementText } from '../../../../core/deck/announcement-text';

describe('an announcement’s text as the slide shows it', () => {
  it('keeps staff’s line breaks: a greeting, a list, a signature', () => {
    const text =
      'Beste buren,\n\nHet buurtpunt is volgende week gesloten.\n\n- maandag: vergadering\n- dinsdag: opleiding\n\tTot dan!\n\nGroeten,\nKaoutar';
    assert.equal(announcementText(text), text);
    assert.equal(announcementLines(text).length, 10);
  });

  it('shows a run of empty lines, blank ones with spaces or tabs too, as one', () => {
    assert.equal(announcementText('Eerste\n\n\n\n\nTweede\n \t \n  \nDerde'), 'Eerste\n\nTweede\n\nDerde');
    assert.deepEqual(announcementLines(`Kort${'\n'.repeat(200)}Einde`), ['Kort', '', 'Einde']);
  });

  it('reads Windows and old Mac line ends as line breaks', () => {
    assert.equal(announcementText('Een\r\nTwee\rDrie\r\n\r\n\r\nVier'), 'Een\nTwee\nDrie\n\nVier');
  });

  it('leaves a text of one paragraph as it is', () => {
    assert.equal(announcementText('Fijne feesten!'), 'Fijne feesten!');
  });
});
