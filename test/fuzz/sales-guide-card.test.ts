import '../../src/sales-guide-card.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sales-guide-card');
