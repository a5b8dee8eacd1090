/**
 * The self-contained embed bundle (dist/pioneer-viz.js): registers every element, and exports
 * nothing (bundlers and scripts import the package's entries instead). Built as one function
 * expression with no import or export, so it runs from a classic `<script src>` as well as a
 * `<script type="module">`: an editor that strips `type="module"` still gets its charts.
 */
import './index.js';
