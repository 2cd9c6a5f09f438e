<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#import "pager.ftl" as pg>
<#assign p = page>
<#macro summaryRow a>
<tr<#if a.declined()> class="has-decline"</#if>><th scope="row"><#if a.href()??><a href="${a.href()}">${a.area()}</a><#else>${a.area()}</#if></th><td>${a.compared()}</td><td>${a.up()}</td><td>${a.same()}</td><td><#if a.declined()><strong>${a.down()}</strong><#else>${a.down()}</#if></td></tr>
</#macro>
<#assign r = p.layout().root()>
<#assign perArea = p.areaPages()?has_content>
<#-- a page after the first of a split table has only the table -->
<#assign first = !(p.pager()?? && p.pager().previous()??)>
<@l.page p>
<#if !first>
<p class="lead">Hier staat het vervolg van de tabel met het niveau van elk kindcentrum. Wat er veranderd is, de grafiek en de belangstelling staan op <a href="${p.pager().numbers()[0].href()}">de eerste pagina</a>.</p>
<#elseif perArea>
<p class="lead">Op deze pagina ziet u per gebied hoe ver de kindcentra zijn met de samenwerking tussen school en opvang. De monitor van elk gebied toont per kindcentrum en per thema het niveau van de laatste meting, met een pijl die laat zien of het hoger, gelijk of lager is dan bij de meting ervoor.</p>
<#else>
<p class="lead">Op deze pagina ziet u in één keer hoe ver elk kindcentrum is met de samenwerking tussen school en opvang. Per thema staat het niveau van de laatste meting. Een pijl laat zien of het niveau hoger, gelijk of lager is dan bij de meting ervoor.</p>
</#if>

<#if first>
<nav class="page-nav" aria-label="Op deze pagina">
  <ul class="link-list">
    <li><a href="#samenvatting">Wat is er veranderd sinds de vorige meting?</a></li>
    <li><a href="#niveaus">Niveaus per kindcentrum</a></li>
    <li><a href="#verdeling">Aantal kindcentra per niveau</a></li>
    <li><a href="#belangstelling">Belangstelling voor een IKC</a></li>
    <#if p.policy()??><li><a href="#beleid">Rol van de gemeente</a></li></#if>
    <li><a href="${r}monitor/gebieden.html">Cijfers per gebied</a>: scholen, opvang, peuters en plannen</li>
    <li><a href="${r}wijzigingen.html">Wat is er veranderd?</a> (per jaar)</li>
    <li><a href="${r}downloads.html">Open data</a>: alle gegevens om te downloaden</li>
    <li><a href="${r}rapport.html">Rapport voor de gemeenteraad</a>: alles op papier, ook als <a href="${r}rapport.pdf">PDF</a></li>
  </ul>
</nav>

<#assign su = p.summary()>
<section aria-labelledby="samenvatting">
  <h2 id="samenvatting">Wat is er veranderd sinds de vorige meting?</h2>
  <p>${su.sentence()}</p>
  <#if perArea>
  <p>Welke kindcentra op een thema omlaag gingen, ziet u op de monitor van hun gebied. Kies een gebied in de tabel.</p>
  <#elseif su.declines()?has_content>
  <p>Deze kindcentra gingen op een of meer thema's omlaag:</p>
  <ul class="monitor-declines">
  <#list su.declines() as d>
    <li><a href="${d.kindcentrum().href()}">${d.kindcentrum().label()}</a> (${d.area()}), ${d.when()}: <#list d.themes() as t>${t}<#sep>; </#sep></#list>.</li>
  </#list>
  </ul>
  <#else>
  <p>Geen enkel kindcentrum ging op een thema omlaag.</p>
  </#if>
  <div class="table-scroll" role="region" aria-labelledby="samenvatting-caption" tabindex="0">
  <table class="monitor-summary">
    <caption id="samenvatting-caption">Per gebied: hoeveel kindcentra een vorige meting hebben om mee te vergelijken, en hoeveel thema's daarbij hoger, gelijk of lager uitkwamen</caption>
    <thead>
      <tr><th scope="col">Gebied</th><th scope="col">Verge&shy;leken</th><th scope="col"><span aria-hidden="true">↑</span> Hoger</th><th scope="col"><span aria-hidden="true">=</span> Gelijk</th><th scope="col"><span aria-hidden="true">↓</span> Lager</th></tr>
    </thead>
    <tbody>
    <#list su.areas() as a><@summaryRow a/></#list>
    </tbody>
    <tfoot><@summaryRow su.total()/></tfoot>
  </table>
  </div>
</section>
</#if>

<section aria-labelledby="niveaus">
  <h2 id="niveaus">Niveaus per kindcentrum</h2>
  <#assign tb = p.table()>
  <#if perArea>
  <p>Er zijn veel kindcentra. Daarom staan de niveaus van de kindcentra per gebied op een eigen pagina: de monitor van dat gebied. Kies een gebied:</p>
  <ul class="link-list monitor-areas">
  <#list p.areaPages() as a><li><a href="${a.href()}">${a.label()}</a></li></#list>
  </ul>
  <#else>
  <p>Per kindcentrum en per thema ziet u het niveau van de laatste meting. Het getal is het nummer van het niveau: 1 is het laagste, ${p.levelNames()?size} het hoogste. Hoe hoger het niveau, hoe donkerder het vak.</p>
  <div class="heatmap-key">
    <div>
      <h3 id="sleutel-niveaus">Niveaus</h3>
      <ul class="level-key" aria-labelledby="sleutel-niveaus">
      <#list p.levelNames() as n><li><span class="swatch niveau-${n?counter}" aria-hidden="true">${n?counter}</span> ${n}</li></#list>
        <li><span class="swatch niveau-0" aria-hidden="true">-</span> Geen meting</li>
      </ul>
      <p>↑ hoger dan bij de vorige meting, = gelijk, ↓ lager. Zonder teken is er geen vorige meting.</p>
    </div>
    <div>
      <h3 id="sleutel-themas">Thema's</h3>
      <ul class="theme-key" aria-labelledby="sleutel-themas">
      <#list p.themes() as t><li><span class="code">${t.code()}</span> <a href="${t.theme().href()}">${t.theme().label()}</a></li></#list>
      </ul>
    </div>
  </div>
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
  <#if p.pager()??><@pg.pager p.pager() true/></#if>
  <div class="table-scroll heatmap-frame" role="region" aria-labelledby="monitor-caption" tabindex="0">
  <table id="monitor-tabel" class="monitor heatmap">
    <caption id="monitor-caption">Niveaus van alle kindcentra bij hun laatste meting<span class="sort-hint" hidden>. Met de knoppen boven de kolommen zet u de tabel op een andere volgorde.</span></caption>
    <thead>
      <tr><#list tb.columns() as c><th scope="col" data-sort-type="${c.sortType()}"<#if c.ariaSort()??> aria-sort="${c.ariaSort()}"</#if><#if c.title()??> class="theme"><abbr title="${c.title()}">${c.label()}</abbr><span class="theme-name">${c.title()}</span><#else>>${c.label()}</#if></th></#list></tr>
    </thead>
    <#assign cols = tb.columns()>
    <tbody>
    <#list tb.rows() as r>
      <tr<#if r.anchor()??> id="${r.anchor()}"</#if> data-gebied="${r.areas()}" data-belangstelling="${r.interest()}">
        <th scope="row"><a href="${r.kindcentrum().href()}">${r.kindcentrum().label()}</a></th>
        <td class="about" data-label="${cols[1].label()}">${r.areaName()}</td>
        <td class="about" data-label="${cols[2].label()}" data-sort="${r.interest()}">${r.interestText()}</td>
        <td class="about" data-label="${cols[3].label()}" data-sort="${r.yearSort()}">${r.yearText()}</td>
        <#list r.cells() as c>
        <td class="${c.cssClass()}<#if c.changeClass()??> ${c.changeClass()}</#if>" data-label="${c.code()}" data-sort="${c.sort()}"><span aria-hidden="true">${c.number()}<#if c.arrow()??><span class="change">${c.arrow()}</span></#if></span><span class="visually-hidden">${c.text()}<#if c.change()??>, ${c.change()}</#if></span></td>
        </#list>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
  <#if p.pager()??><@pg.pager p.pager() false/></#if>
  </#if>
</section>

<#if first>
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
</#if>
<#if !perArea><script src="${p.scriptHref()}"></script></#if>
</@l.page>
