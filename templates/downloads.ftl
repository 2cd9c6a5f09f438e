<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<p class="lead">Alle gegevens van deze atlas kunt u downloaden en zelf gebruiken. De bestanden horen bij de editie van ${p.edition()}.</p>

<section aria-labelledby="licentie">
  <h2 id="licentie">Wat mag u ermee doen?</h2>
  <p>U mag de gegevens gebruiken, delen en aanpassen, ook voor andere doelen. Noem dan wel de IKC-atlas als bron. Dat staat in de licentie <a href="${p.licenceHref()}">${p.licence()}</a>.</p>
  <p>Sommige gegevens in deze atlas zijn voorbeeldgegevens. Welke dat zijn, staat in de kolom <code>bron</code> en bij de bronnen op de pagina's.</p>
</section>

<section aria-labelledby="rapport">
  <h2 id="rapport">Rapport voor de gemeenteraad</h2>
  <p>De monitor, de cijfers per gebied en wat er veranderd is, samen in één rapport: als <a href="rapport.pdf">PDF (A4)</a> of als <a href="rapport.html">pagina om te printen</a>.</p>
</section>

<section aria-labelledby="bestanden">
  <h2 id="bestanden">De bestanden</h2>
  <p>De CSV-bestanden gebruiken UTF-8 en een komma tussen de velden. De eerste regel noemt de kolommen.</p>
  <p>Ook scholen, opvanglocaties en kindcentra die gesloten zijn, staan in de bestanden. De kolommen <code>geopend</code>, <code>gesloten</code>, <code>vroegere_namen</code> en <code>open</code> laten zien wanneer een plek openging of dichtging en hoe die vroeger heette.</p>
  <ul>
  <#list p.files() as f><li><a href="${f.file().href()}">${f.file().label()}</a>: per regel ${f.rows()}</li></#list>
    <li><a href="${p.geojson().href()}">${p.geojson().label()}</a>: alle kindcentra, scholen en opvanglocaties als punten op de kaart (GeoJSON), ook de gesloten plekken</li>
    <li><a href="${p.json().href()}">${p.json().label()}</a>: de hele atlas in één bestand (JSON)</li>
  </ul>
  <#list p.files() as f>
  <h3 id="${f.anchor()}">${f.file().label()}</h3>
  <div class="table-scroll" role="region" aria-labelledby="${f.anchor()}-caption" tabindex="0">
  <table>
    <caption id="${f.anchor()}-caption">Kolommen van ${f.file().label()}</caption>
    <thead><tr><th scope="col">Kolom</th><th scope="col">Betekenis</th></tr></thead>
    <tbody>
    <#list f.columns() as c><tr><th scope="row"><code>${c.name()}</code></th><td>${c.meaning()}</td></tr></#list>
    </tbody>
  </table>
  </div>
  </#list>
</section>
</@l.page>
