import '../../src/sale-card.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sale-combobox');
