import '../../src/selection-panel.js';
import { fuzzProperties } from './fuzz-properties.js';

fuzzProperties('selection-panel');
