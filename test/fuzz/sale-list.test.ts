import '../../src/sale-list.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sale-list');
