// detente dashboard: clicking a period of the relationship chart lists its events.
// Written for this project; no libraries. Text goes in through textContent only.
"use strict";

(function () {
  const MARKS = [["source", "src"], ["target", "tgt"], ["trigger", "trg"]];

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  // The sentence with its source, target and trigger marked; spans may nest or overlap.
  function evidence(event) {
    const text = event.sentence || "";
    const spans = [];
    for (const [field, cls] of MARKS) {
      const span = event[field];
      if (span && span.start != null && span.end > span.start) {
        spans.push([Math.max(0, span.start), Math.min(text.length, span.end), cls]);
      }
    }
    const cuts = new Set([0, text.length]);
    spans.forEach(([s, e]) => { cuts.add(s); cuts.add(e); });
    const points = [...cuts].sort((x, y) => x - y);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      const classes = spans.filter(([a, b]) => a <= s && e <= b).map((span) => span[2]);
      const piece = text.slice(s, e);
      out.append(classes.length ? el("mark", { class: classes.join(" "), text: piece }) : piece);
    }
    return out;
  }

  function eventItem(event) {
    const target = event.target ? event.target.code : "–";
    const head = el("div", { class: "head" }, [
      `${event.date || "undated"} · ${event.source.code} → ${target} · ${event.cameo} ${event.cameo_label}`,
    ]);
    const link = el("a", { class: "evidence", href: `/events/${encodeURIComponent(event.event_id)}` },
      [evidence(event)]);
    return el("li", {}, [head, link]);
  }

  async function showPeriod(chart, mark, panel) {
    chart.querySelectorAll(".period.selected").forEach((g) => g.classList.remove("selected"));
    mark.classList.add("selected");
    const params = new URLSearchParams({
      dyad: chart.dataset.dyad, directed: chart.dataset.directed, by: chart.dataset.by,
      period: mark.dataset.period, limit: "500",
    });
    panel.hidden = false;
    panel.replaceChildren(el("p", { class: "note", text: `Loading ${mark.dataset.period}…` }));
    try {
      const answer = await fetch(`/api/events?${params}`, { headers: { Accept: "application/json" } });
      if (!answer.ok) throw new Error(`the server answered ${answer.status}`);
      const page = await answer.json();
      const title = el("h3", { text: `${mark.dataset.period}: ${page.total} events` });
      const more = page.total > page.events.length ? [el("p", { class: "note", text: `First ${page.events.length} shown.` })] : [];
      panel.replaceChildren(title, el("ol", { class: "period-list" }, page.events.map(eventItem)), ...more);
    } catch (error) {
      panel.replaceChildren(el("p", { class: "errors", text: `Could not list the events: ${error.message}` }));
    }
  }

  function wireTimeline() {
    const chart = document.getElementById("timeline");
    const panel = document.getElementById("period-events");
    if (!chart || !panel) return;
    const marks = new Map();
    chart.querySelectorAll(".period").forEach((mark) => {
      marks.set(mark.dataset.period, mark);
      mark.addEventListener("click", () => showPeriod(chart, mark, panel));
      mark.addEventListener("keydown", (key) => {
        if (key.key === "Enter" || key.key === " ") { key.preventDefault(); showPeriod(chart, mark, panel); }
      });
    });
    chart.querySelectorAll(".point").forEach((point) => {
      point.addEventListener("click", () => showPeriod(chart, marks.get(point.dataset.period), panel));
    });
    chart.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", wireTimeline);
})();
