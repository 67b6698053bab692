import '../../src/sale-tabs.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sale-tabs');
