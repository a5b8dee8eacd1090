// A program that imports one chart alone (the filter bar comes from the embed on the page, or
// another program): the bar's pioneer-filter-change, heard on the page, is typed all the same,
// as the charts' pioneer-select is.
import 'pioneer-viz/barrier-stack';

document.addEventListener('pioneer-filter-change', (e) => {
  const year: number | undefined = e.detail.year;
  const wave: string | undefined = e.detail.wave;
  void year;
  void wave;
});
document.addEventListener('pioneer-select', (e) => {
  const item: string | undefined = e.detail.item;
  void item;
});
