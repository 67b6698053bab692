import '../../src/sale-screen.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sale-screen');
