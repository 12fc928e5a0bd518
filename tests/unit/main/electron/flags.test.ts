import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseElectronFlags } from '../../../../main/electron/flags';

describe('Electron command line flags', () => {
  it('reads --location and --content with a space or with =', () => {
    assert.deepEqual(
      parseElectronFlags(['/opt/Buurtkiosk/buurtkiosk', '--location', 'bijloke', '--content=/srv/inhoud']),
      {
        location: 'bijloke',
        contentDir: '/srv/inhoud',
      },
    );
  });

  it('ignores Chromium switches and the app path given to `electron .`', () => {
    assert.deepEqual(
      parseElectronFlags([
        '/usr/lib/electron',
        '/work/main',
        '--ozone-platform-hint=auto',
        '--disable-gpu',
        '--location=hof-ten-rode',
      ]),
      { location: 'hof-ten-rode' },
    );
  });

  it('gives nothing for no flags or empty values', () => {
    assert.deepEqual(parseElectronFlags(['/opt/Buurtkiosk/buurtkiosk']), {});
    assert.deepEqual(parseElectronFlags(['x', '--location=']), {});
  });
});
