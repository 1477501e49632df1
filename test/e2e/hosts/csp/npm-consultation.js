// The same page as index.html, but the library comes from the npm package, bundled by the host.
import 'fit-note-widgets';
import { setUpConsultation } from '../consultation-page.js';

setUpConsultation();
