/**
 * The real-index tests (real-index.ts) on devpi-server, in a file of their own so that they run
 * beside pypiserver's (real-index.test.ts).
 */
import { INDEXES, realIndexTests, skipWithout } from './real-index.js';

const here = INDEXES.filter((index) => index.label === 'devpi-server');
if (here.length === 0) skipWithout('devpi-server');
else realIndexTests(here);
