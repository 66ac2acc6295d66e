/**
 * The real-index tests (real-index.ts) on pypiserver, and on any index named by
 * WHEELRELAY_TEST_INDEX_URL. devpi-server's run in real-index-devpi.test.ts, beside these.
 */
import { INDEXES, realIndexTests, skipWithout } from './real-index.js';

const here = INDEXES.filter((index) => index.label !== 'devpi-server');
if (here.length === 0) skipWithout('pypiserver (nor an index at WHEELRELAY_TEST_INDEX_URL)');
else realIndexTests(here);
