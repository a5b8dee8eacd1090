// A program that imports the filter bar alone (the charts come from the embed on the page):
// the charts' pioneer-select, heard on the page, is typed all the same.
import 'pioneer-viz/filters';

document.addEventListener('pioneer-select', (e) => {
  const site: string | undefined = e.detail.site;
  void site;
});
document.querySelector('pioneer-filters')?.addEventListener('pioneer-filter-change', (e) => {
  const year: number | undefined = e.detail.year;
  void year;
});
