<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<form id="zoeken" class="search" role="search" aria-label="Kindcentra, scholen en opvang" data-root="${p.rootPrefix()}" hidden>
  <div class="search-field">
    <label for="zoek-tekst">Naam, straat, opvang of plaats</label>
    <input id="zoek-tekst" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="zoek-tip">
    <p id="zoek-tip" class="hint">${p.example()}</p>
  </div>
  <div class="near-me">
    <label for="zoek-postcode">Uw postcode, voor wat dichtbij is</label>
    <div class="near-me-row">
      <input id="zoek-postcode" name="postcode" type="text" autocomplete="off" spellcheck="false" size="8" maxlength="8" aria-describedby="zoek-privacy">
      <button id="zoek-locatie" type="button">Gebruik mijn locatie</button>
    </div>
    <p id="zoek-privacy" class="hint">Wat u typt en uw locatie blijven op uw apparaat.</p>
  </div>
  <button id="zoek-filters-knop" class="filters-toggle" type="button" aria-expanded="true" aria-controls="zoek-filters">Filters</button>
  <fieldset id="zoek-filters" class="filters">
    <legend>Filters</legend>
    <div class="filter">
      <label for="zoek-soort">Wat zoekt u?</label>
      <select id="zoek-soort" name="soort">
        <option value="">Alles</option>
        <#list p.kinds() as o><option value="${o.value()}">${o.label()}</option></#list>
      </select>
    </div>
    <div class="filter">
      <label for="zoek-gebied">Kern of wijk</label>
      <select id="zoek-gebied" name="gebied">
        <option value="">Alle kernen en wijken</option>
        <#list p.areas() as o><option value="${o.value()}">${o.label()}</option></#list>
      </select>
    </div>
    <div class="filter">
      <label for="zoek-opvang">Soort opvang</label>
      <select id="zoek-opvang" name="opvang">
        <option value="">Alle soorten</option>
        <#list p.careTypes() as o><option value="${o.value()}">${o.label()}</option></#list>
      </select>
    </div>
    <div class="filter">
      <label for="zoek-niveau">Samenwerking in het kindcentrum</label>
      <select id="zoek-niveau" name="niveau">
        <option value="">Alle niveaus</option>
        <#list p.levels() as o><option value="${o.value()}">${o.label()}</option></#list>
      </select>
    </div>
    <div class="filter filter-check">
      <input id="zoek-vve" name="vve" type="checkbox" value="ja">
      <label for="zoek-vve">Alleen met VVE</label>
    </div>
  </fieldset>
</form>

<section class="results" aria-labelledby="resultaten" hidden>
  <h2 id="resultaten" class="visually-hidden">Resultaten</h2>
  <p id="zoek-aantal" class="result-count" aria-live="polite" aria-atomic="true"></p>
  <p id="zoek-plek" class="hint" aria-live="polite"></p>
  <ul id="zoek-lijst" class="cards"></ul>
</section>

<section class="browse" aria-labelledby="zonder-zoeken">
  <h2 id="zonder-zoeken">Kiezen uit een lijst</h2>
  <p>Deze lijsten werken ook zonder zoekvak.<#if p.layout().footer().glossaryHref()??> Wat betekenen BSO, TSO en VVE? Kijk bij de <a href="${p.layout().footer().glossaryHref()}">begrippen</a>.</#if></p>
  <div class="browse-groups">
    <div>
      <h3>Per kern of wijk</h3>
      <ul class="link-list">
      <#list p.byArea() as a><li><a href="${a.href()}">${a.label()}</a></li></#list>
      </ul>
    </div>
    <div>
      <h3>Per soort opvang</h3>
      <ul class="link-list">
      <#list p.byCare() as a><li><a href="${a.href()}">${a.label()}</a></li></#list>
      </ul>
    </div>
    <div>
      <h3>Per niveau van samenwerking</h3>
      <ul class="link-list">
      <#list p.byLevel() as a><li><a href="${a.href()}">${a.label()}</a></li></#list>
      </ul>
    </div>
  </div>
</section>
<script src="${p.indexHref()}"></script>
<script src="${p.scriptHref()}"></script>
</@l.page>
