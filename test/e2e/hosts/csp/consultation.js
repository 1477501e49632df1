// The page's script with the script-tag build, which the page loaded before it.
import { setUpConsultation } from '../consultation-page.js';

setUpConsultation();
