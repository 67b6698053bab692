import '../../src/sale-status-icon.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sale-status-icon');
