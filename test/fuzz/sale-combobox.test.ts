import '../../src/sale-combobox.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('sale-combobox');
