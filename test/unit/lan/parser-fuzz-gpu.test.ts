import { fuzzFixtures } from '../../support/parser-fuzz';

fuzzFixtures('gpu-miners');
