<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#assign p = page>
<@l.page p>
<p class="lead">Op deze pagina ziet u in één keer hoe ver elk kindcentrum is met de samenwerking tussen school en opvang. Per thema staat het niveau van de laatste meting. Een pijl laat zien of het niveau hoger, gelijk of lager is dan bij de meting ervoor.</p>

<nav class="page-nav" aria-label="Op deze pagina">
  <ul class="link-list">
    <li><a href="#niveaus">Niveaus per kindcentrum</a></li>
    <li><a href="#verdeling">Aantal kindcentra per niveau</a></li>
    <li><a href="#belangstelling">Belangstelling voor een IKC</a></li>
    <#if p.policy()??><li><a href="#beleid">Rol van de gemeente</a></li></#if>
    <li><a href="monitor/gebieden.html">Cijfers per gebied</a>: scholen, opvang, peuters en plannen</li>
    <li><a href="wijzigingen.html">Wat is er veranderd?</a> (per jaar)</li>
    <li><a href="downloads.html">Open data</a>: alle gegevens om te downloaden</li>
    <li><a href="rapport.html">Rapport voor de gemeenteraad</a>: alles op papier, ook als <a href="rapport.pdf">PDF</a></li>
  </ul>
</nav>

<section aria-labelledby="niveaus">
  <h2 id="niveaus">Niveaus per kindcentrum</h2>
  <#assign tb = p.table()>
  <p>Het getal achter een niveau is het nummer van dat niveau: 1 is het laagste. Wat de thema's betekenen, leest u bij het <a href="instrument.html">ontwikkelinstrument</a>.</p>
  <details class="monitor-themes">
    <summary>Naar de uitleg van één thema</summary>
    <ul class="link-list">
    <#list p.themes() as t><li><a href="${t.href()}">${t.label()}</a></li></#list>
    </ul>
  </details>
  <div class="monitor-jumps">
    <p>De tabel staat op volgorde van gebied. Ga naar een gebied:</p>
    <ul class="link-list">
    <#list tb.areaLinks() as a><li><a href="${a.href()}">${a.label()}</a></li></#list>
    </ul>
  </div>
  <div id="monitor-filters" class="monitor-filters" hidden>
    <fieldset class="filters">
      <legend>Welke kindcentra wilt u zien?</legend>
      <div class="filter">
        <label for="filter-gebied">Gebied</label>
        <select id="filter-gebied">
          <option value="">Alle gebieden</option>
          <#list tb.areaOptions() as o><option value="${o.value()}">${o.label()}</option></#list>
        </select>
      </div>
      <div class="filter">
        <label for="filter-belangstelling">Belangstelling voor een IKC</label>
        <select id="filter-belangstelling">
          <option value="">Alle</option>
          <#list tb.interestOptions() as o><option value="${o.value()}">${o.label()}</option></#list>
        </select>
      </div>
    </fieldset>
    <p id="monitor-aantal" class="result-count" aria-live="polite" aria-atomic="true"></p>
  </div>
  <div class="table-scroll" role="region" aria-labelledby="monitor-caption" tabindex="0">
  <table id="monitor-tabel" class="monitor">
    <caption id="monitor-caption">Niveaus van alle kindcentra bij hun laatste meting<span class="sort-hint" hidden>. Met de knoppen boven de kolommen zet u de tabel op een andere volgorde.</span></caption>
    <thead>
      <tr><#list tb.columns() as c><th scope="col" data-sort-type="${c.sortType()}"<#if c.ariaSort()??> aria-sort="${c.ariaSort()}"</#if>>${c.label()}</th></#list></tr>
    </thead>
    <tbody>
    <#list tb.rows() as r>
      <tr<#if r.anchor()??> id="${r.anchor()}"</#if> data-gebied="${r.areas()}" data-belangstelling="${r.interest()}">
        <th scope="row"><a href="${r.kindcentrum().href()}">${r.kindcentrum().label()}</a></th>
        <td>${r.areaName()}</td>
        <td data-sort="${r.interest()}">${r.interestText()}</td>
        <td data-sort="${r.yearSort()}">${r.yearText()}</td>
        <#list r.cells() as c>
        <td class="${c.cssClass()}" data-sort="${c.sort()}">${c.text()}<#if c.arrow()??> <span aria-hidden="true" class="change">${c.arrow()}</span><span class="visually-hidden">, ${c.change()}</span></#if></td>
        </#list>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
  <p>↑ hoger dan bij de vorige meting, = gelijk, ↓ lager.</p>
</section>

<section aria-labelledby="verdeling">
  <h2 id="verdeling">Aantal kindcentra per niveau</h2>
  <@parts.chart p.chart()/>
  <@parts.distribution p "verdeling"/>
</section>

<section aria-labelledby="belangstelling">
  <h2 id="belangstelling">Belangstelling voor een IKC</h2>
  <p>Per kindcentrum staat of school en opvang een IKC willen worden.</p>
  <ul class="link-list">
  <#list p.interest() as g><li><a href="#${g.anchor()}">${g.name()}</a></li></#list>
  </ul>
  <@parts.interest p "h3"/>
</section>

<#if p.policy()??>
<#assign po = p.policy()>
<section aria-labelledby="beleid">
  <h2 id="beleid">Rol van de gemeente</h2>
  <@parts.policy po/>
</section>
</#if>
<script src="${p.scriptHref()}"></script>
</@l.page>
