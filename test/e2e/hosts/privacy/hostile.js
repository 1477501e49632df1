// The consultation page's script with hostile host data (the library came by script tag).
import { setUpConsultation } from '../consultation-page.js';
import { hostileData } from './payloads.js';

setUpConsultation(hostileData);
