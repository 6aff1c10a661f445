// Kizuki pages: PNG downloads of the SVG charts, and the meeting's keyboard shortcuts.
"use strict";

function downloadPng(figure) {
  const svg = figure.querySelector("svg");
  if (!svg) return;
  const width = svg.viewBox.baseVal.width || svg.width.baseVal.value;
  const height = svg.viewBox.baseVal.height || svg.height.baseVal.value;
  const source = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext("2d");
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    canvas.toBlob(blob => {
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = (figure.dataset.figure || "chart") + ".png";
      document.body.appendChild(link);
      link.click();
      link.remove();
    }, "image/png");
  };
  image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(source);
}

document.addEventListener("click", event => {
  const button = event.target.closest("[data-png]");
  if (button) downloadPng(button.closest("[data-figure]"));
});

// Meeting: digits pick a value of the highlighted dimension; j/k move; l lists; e ends.
document.addEventListener("keydown", event => {
  const meeting = document.querySelector("[data-meeting]");
  if (!meeting || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target.closest("input, textarea, select")) return;
  const click = selector => {
    const element = document.querySelector(selector);
    if (element) { event.preventDefault(); element.click(); }
  };
  if (/^[1-9]$/.test(event.key)) click(`.dimension.active button[data-key="${event.key}"]`);
  else if (event.key === "j" || event.key === "ArrowRight") click("a[data-nav=next]");
  else if (event.key === "k" || event.key === "ArrowLeft") click("a[data-nav=previous]");
  else if (event.key === "l") click("a[data-nav=list]");
  else if (event.key === "e") click("button[data-nav=end]");
  else if (event.key === "o") {
    const other = document.querySelector(".dimension.active input[name=value]");
    if (other) { event.preventDefault(); other.focus(); }
  }
});
