import { fuzzFixtures } from '../../support/parser-fuzz';

fuzzFixtures('miners');
