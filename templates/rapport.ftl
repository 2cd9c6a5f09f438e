<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#assign p = page>
<#assign m = p.monitor()>
<@l.page p>
<p class="report-running">${p.layout().site().siteName()} · Rapport voor de gemeenteraad · editie ${p.edition()}</p>
<section aria-labelledby="over-dit-rapport">
<h2 id="over-dit-rapport">Over dit rapport</h2>
<p class="lead">Dit rapport zet de monitor van de kindcentra op papier: hoe ver school en opvang zijn met samenwerken, de cijfers per kern en wijk en wat er veranderd is. Het rapport hoort bij de editie van ${p.edition()}.</p>
<p class="screen-only">Dit rapport is ook te downloaden als <a href="${p.pdfHref()}">PDF (A4)</a>. U kunt deze pagina ook zelf printen: de menu's en knoppen vallen dan weg.</p>
<p>In dit rapport:</p>
<ol class="report-contents">
<#list p.contents() as c><li><a href="${c.href()}">${c.label()}</a></li></#list>
<#if p.layout().notes().sources()?has_content><li><a href="#bronnen">Bronnen</a></li></#if>
</ol>
<p>Een kindcentrum kiest per thema een van deze niveaus. Het getal is het nummer van het niveau: 1 is het laagste.</p>
<ul class="report-levels">
<#list m.levelNames() as n><li>${n}</li></#list>
</ul>
</section>

<#if m.policy()??>
<section aria-labelledby="beleid">
  <h2 id="beleid">Rol van de gemeente</h2>
  <@parts.policy m.policy()/>
</section>
</#if>

<section class="report-part report-new-page" aria-labelledby="niveaus">
  <h2 id="niveaus">Niveaus per kindcentrum</h2>
  <p>Per kindcentrum het niveau per thema bij de laatste meting. De thema's hebben een nummer:</p>
  <ol class="report-themes">
  <#list p.themes() as t><li><span class="code">${t.code()}</span> ${t.name()}</li></#list>
  </ol>
  <p>↑ betekent hoger dan bij de meting ervoor, = gelijk en ↓ lager. Zonder teken is er geen eerdere meting.</p>
  <#if p.summary()>
  <p>Er zijn veel kindcentra. Daarom staat hier per gebied het middelste niveau per thema: de helft van de kindcentra in het gebied heeft dat niveau of een hoger niveau. Het niveau van elk kindcentrum staat in de atlas op de monitor van zijn gebied.</p>
  <div class="table-scroll" role="region" aria-labelledby="rapport-niveaus" tabindex="0">
  <table class="monitor compact">
    <caption id="rapport-niveaus">Middelste niveau per thema, per gebied</caption>
    <thead>
      <tr><th scope="col">Gebied</th><th scope="col">Kindcentra</th><#list p.themes() as t><th scope="col"><abbr title="${t.name()}">${t.code()}</abbr></th></#list></tr>
    </thead>
    <tbody>
    <#list p.areaLevels() as a>
      <tr><th scope="row">${a.area()}</th><td>${a.kindcentra()}</td><#list a.levels() as l><td<#if l != "-"> class="niveau-${l}"</#if>>${l}</td></#list></tr>
    </#list>
    </tbody>
  </table>
  </div>
  <#else>
  <#assign tb = m.table()>
  <div class="table-scroll" role="region" aria-labelledby="rapport-niveaus" tabindex="0">
  <table class="monitor compact">
    <caption id="rapport-niveaus">Niveaus van alle kindcentra bij hun laatste meting, per gebied</caption>
    <thead>
      <tr><th scope="col">Kindcentrum</th><th scope="col">Gebied</th><th scope="col">Jaar</th><#list p.themes() as t><th scope="col"><abbr title="${t.name()}">${t.code()}</abbr></th></#list></tr>
    </thead>
    <tbody>
    <#list tb.rows() as r>
      <tr>
        <th scope="row"><a href="${r.kindcentrum().href()}">${r.kindcentrum().label()}</a></th>
        <td>${r.areaName()}</td>
        <td>${r.yearText()}</td>
        <#list r.cells() as c>
        <td class="${c.cssClass()}"><span class="visually-hidden">${c.text()}</span><span aria-hidden="true">${c.number()}</span><#if c.arrow()??> <span aria-hidden="true" class="change">${c.arrow()}</span><span class="visually-hidden">, ${c.change()}</span></#if></td>
        </#list>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
  </#if>
</section>

<section class="report-part" aria-labelledby="verdeling">
  <h2 id="verdeling">Aantal kindcentra per niveau</h2>
  <@parts.chart m.chart()/>
  <@parts.distribution m "verdeling"/>
</section>

<section class="report-part" aria-labelledby="belangstelling">
  <h2 id="belangstelling">Belangstelling voor een IKC</h2>
  <p>Per kindcentrum staat of school en opvang een IKC willen worden.</p>
  <@parts.interest m "h3"/>
</section>

<section class="report-part" aria-labelledby="gebieden">
  <h2 id="gebieden">Cijfers per gebied</h2>
  <p>De cijfers tellen alleen plekken mee die open zijn op de datum van deze editie. Bij een kern tellen de wijken in die kern mee. </p>
  <#list p.areas().tables() as t>
  <div class="table-scroll" role="region" aria-labelledby="${t.id()}" tabindex="0">
  <table class="compact compare">
    <caption id="${t.id()}">${t.caption()}</caption>
    <thead><tr><th scope="col">Gebied</th><#list t.columns() as c><th scope="col">${c}</th></#list></tr></thead>
    <tbody>
    <#list t.rows() as r>
      <tr><th scope="row"><#if p.summary()>${r.area().label()}<#else><a href="${r.area().href()}">${r.area().label()}</a></#if></th><#list r.cells() as c><td>${c}</td></#list></tr>
    </#list>
    </tbody>
  </table>
  </div>
  </#list>
  <#if p.summary()>
  <table class="compact plans">
    <caption id="rapport-plannen">Plannen van de kindcentra, geteld</caption>
    <thead><tr><th scope="col">Vraag</th><th scope="col">Antwoord</th><th scope="col">Kindcentra</th></tr></thead>
    <tbody>
    <#list p.planCounts() as c>
      <tr><th scope="row">${c.question()}</th><td>${c.answer()}</td><td>${c.count()}</td></tr>
    </#list>
    </tbody>
  </table>
  </#if>
  <#if p.plans()?has_content>
  <div class="table-scroll" role="region" aria-labelledby="rapport-plannen" tabindex="0">
  <table class="compact plans">
    <caption id="rapport-plannen">Plannen per kindcentrum</caption>
    <thead><tr><th scope="col">Kindcentrum</th><th scope="col">Scenario</th><th scope="col">Leiding bij de overstap</th><th scope="col">Huisvesting</th><th scope="col">Wensen voor de huisvesting</th></tr></thead>
    <tbody>
    <#list p.plans() as pl><#assign k = pl.plans()>
      <tr><th scope="row"><a href="${k.kindcentrum().href()}">${k.kindcentrum().label()}</a> <span class="area">(${pl.area()})</span></th><td>${k.scenario()}</td><td>${k.lead()}</td><td>${k.housing()}</td><td><#if k.wishes()??>${k.wishes()}<#else>Geen</#if></td></tr>
    </#list>
    </tbody>
  </table>
  </div>
  </#if>
</section>

<section class="report-part" aria-labelledby="wijzigingen">
  <h2 id="wijzigingen">Wat is er veranderd?</h2>
  <#if p.years()?has_content>
  <p>Per jaar de metingen en de scholen, opvang en kindcentra die opengingen, dichtgingen of een nieuwe naam kregen. De nieuwste jaren staan bovenaan.</p>
  <#if p.summary()><p>Er zijn veel wijzigingen. Daarom staan ze hier per jaar in getallen. Welke kindcentra gemeten zijn en welke plekken opengingen, dichtgingen of een nieuwe naam kregen, staat op de pagina <a href="wijzigingen.html">Wat is er veranderd?</a> van de atlas.</p></#if>
  <#if p.summary()>
  <@parts.changesTable years=p.years() linked=false/>
  <#else>
  <#list p.years() as y>
  <@parts.changeYear y "h3" "h4"/>
  </#list>
  </#if>
  <#else>
  <p>Er zijn nog geen veranderingen bekend.</p>
  </#if>
</section>
</@l.page>
