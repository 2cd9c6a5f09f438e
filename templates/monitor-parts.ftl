<#-- Parts shared by the monitor pages and the council report. Every macro gets its view; nothing is looked up here.
     h / sub: the heading elements to use, so a part fits under the page's own headings. -->

<#macro chart ch>
  <figure class="chart">
    <svg viewBox="0 0 ${ch.width()?c} ${ch.height()?c}" width="100%" font-family="${ch.fontFamily()}" role="img" aria-labelledby="${ch.id()}-title ${ch.id()}-desc">
      <title id="${ch.id()}-title">${ch.title()}</title>
      <desc id="${ch.id()}-desc">${ch.description()}</desc>
      <defs>
      <#list ch.patterns() as pt>
        <pattern id="${pt.id()}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${pt.background()}"/><#if pt.path()?has_content><path d="${pt.path()}" stroke="${pt.stroke()}" stroke-width="1.5"/></#if></pattern>
      </#list>
      </defs>
      <#list ch.rows() as r>
      <#list r.label() as t><text x="${t.x()?c}" y="${t.y()?c}" font-size="14" fill="#1b1b1b">${t.text()}</text></#list>
      <#list r.segments() as s>
      <rect x="${s.x()?c}" y="${s.y()?c}" width="${s.width()?c}" height="${s.height()?c}" fill="${s.fill()}" stroke="#1b1b1b" stroke-width="0.5"><title>${s.title()}</title></rect>
      <#if s.value()??><rect x="${s.boxX()?c}" y="${s.boxY()?c}" width="${s.boxWidth()?c}" height="${s.boxHeight()?c}" rx="2" fill="#ffffff" stroke="#1b1b1b" stroke-width="0.5"/><text x="${s.value().x()?c}" y="${s.value().y()?c}" text-anchor="middle" font-size="12" fill="#1b1b1b">${s.value().text()}</text></#if>
      </#list>
      </#list>
      <#list ch.legend() as lg>
      <rect x="${lg.x()?c}" y="${lg.y()?c}" width="${lg.size()?c}" height="${lg.size()?c}" fill="${lg.fill()}" stroke="#1b1b1b" stroke-width="0.5"/>
      <text x="${lg.label().x()?c}" y="${lg.label().y()?c}" font-size="14" fill="#1b1b1b">${lg.label().text()}</text>
      </#list>
    </svg>
    <figcaption>${ch.title()}. Elk kindcentrum telt mee met zijn laatste meting.</figcaption>
  </figure>
</#macro>

<#macro distribution m id>
  <div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
  <table>
    <caption id="${id}-caption">Aantal kindcentra per niveau, per thema (dezelfde getallen als de grafiek)</caption>
    <thead>
      <tr><th scope="col">Thema</th><#list m.levelNames() as n><th scope="col">${n}</th></#list><th scope="col">Totaal</th></tr>
    </thead>
    <tbody>
    <#list m.distribution() as d>
      <tr><th scope="row">${d.theme()}</th><#list d.counts() as c><td>${c}</td></#list><td>${d.total()}</td></tr>
    </#list>
    </tbody>
  </table>
  </div>
</#macro>

<#macro interest m sub>
  <#list m.interest() as g>
  <${sub} id="${g.anchor()}">${g.name()}</${sub}>
  <p>${g.explanation()}</p>
  <#if g.counted()??>
  <p>${g.counted()}</p>
  <#elseif g.kindcentra()?has_content>
  <ul>
  <#list g.kindcentra() as k><li><a href="${k.href()}">${k.label()}</a></li></#list>
  </ul>
  <#else>
  <p>Geen kindcentra.</p>
  </#if>
  </#list>
</#macro>

<#macro policy po>
  <p>De gemeente kiest een <strong>${po.role()}</strong> rol. ${po.roleExplained()}</p>
  <#if po.description()??><p>${po.description()}</p></#if>
  <#if po.budget()??><p>Budget: ${po.budget()}</p></#if>
  <#if po.source()??><p class="source">${po.source()}</p></#if>
</#macro>

<#macro areaFigures b h>
<#local s = b.figures()>
<section class="area-figures" aria-labelledby="${b.anchor()}">
  <${h} id="${b.anchor()}">${b.area().label()}</${h}>
  <p class="screen-only"><a href="${b.area().href()}">Naar de pagina van ${b.area().label()}</a></p>
  <div class="table-scroll" role="region" aria-labelledby="${b.anchor()}-cijfers" tabindex="0">
  <table>
    <caption id="${b.anchor()}-cijfers">Scholen, opvang en kindcentra in ${b.area().label()}</caption>
    <thead><tr><th scope="col">Wat</th><th scope="col">Aantal</th></tr></thead>
    <tbody>
    <#list s.rows() as r><tr><th scope="row">${r.label()}</th><td>${r.value()}</td></tr></#list>
    </tbody>
  </table>
  </div>
  <#if s.toddlers()??>
  <p>Peuters: ${s.toddlers()}.<#if s.toddlersSource()??> <span class="source">${s.toddlersSource()}</span></#if></p>
  <#else>
  <p>Het aantal peuters in dit gebied is niet bekend.</p>
  </#if>
  <#if s.kindcentra()?has_content>
  <div class="table-scroll" role="region" aria-labelledby="${b.anchor()}-ikc" tabindex="0">
  <table>
    <caption id="${b.anchor()}-ikc">Plannen per kindcentrum in ${b.area().label()}</caption>
    <thead><tr><th scope="col">Kindcentrum</th><th scope="col">Scenario</th><th scope="col">Leiding bij de overstap</th><th scope="col">Belangstelling</th><th scope="col">Huisvesting</th><th scope="col">Wensen voor de huisvesting</th></tr></thead>
    <tbody>
    <#list s.kindcentra() as k>
      <tr><th scope="row"><a href="${k.kindcentrum().href()}">${k.kindcentrum().label()}</a></th><td>${k.scenario()}</td><td>${k.lead()}</td><td>${k.interest()}</td><td>${k.housing()}</td><td><#if k.wishes()??>${k.wishes()}<#else>Geen</#if></td></tr>
    </#list>
    </tbody>
  </table>
  </div>
  </#if>
</section>
</#macro>

<#-- details: whether to list, under each assessment, the themes that moved; folded: whether the lists sit in a
     closed details element under the year's heading. -->
<#macro changeYear y h sub details=true folded=false>
<section aria-labelledby="${y.anchor()}">
  <${h} id="${y.anchor()}">${y.year()}</${h}>
  <#if folded><details class="changes-details"><summary>Alle wijzigingen in ${y.year()}</summary></#if>
  <#if y.assessments()?has_content>
  <${sub} id="${y.anchor()}-metingen">Metingen</${sub}>
  <ul>
  <#list y.assessments() as a>
    <li<#if a.declined()> class="has-decline"</#if>><a href="${a.kindcentrum().href()}">${a.kindcentrum().label()}</a>: ${a.summary()}<#if details && a.shifts()?has_content>
      <ul><#list a.shifts() as s><li>${s}</li></#list></ul></#if></li>
  </#list>
  </ul>
  </#if>
  <#if y.provisions()?has_content>
  <${sub} id="${y.anchor()}-voorzieningen">Scholen, opvang en kindcentra</${sub}>
  <ul>
  <#list y.provisions() as v>
    <li>${v.date()}: ${v.text()}<#if v.link()??> <span class="screen-only"><a href="${v.link().href()}">${v.link().label()}</a></span></#if></li>
  </#list>
  </ul>
  </#if>
  <#if folded></details></#if>
</section>
</#macro>

<#-- Each year in numbers; linked: whether each year links to its details further down the page. -->
<#macro changesTable years linked>
<div class="table-scroll" role="region" aria-labelledby="wijzigingen-per-jaar" tabindex="0">
<table class="changes-summary">
  <caption id="wijzigingen-per-jaar">Wijzigingen per jaar. Een jaar met een thema dat lager uitkwam, is gemarkeerd.</caption>
  <thead>
    <tr><th scope="col">Jaar</th><th scope="col">Metingen</th><th scope="col">Thema's hoger</th><th scope="col">Thema's lager</th><th scope="col">Geopend</th><th scope="col">Gesloten</th><th scope="col">Nieuwe naam</th></tr>
  </thead>
  <tbody>
  <#list years as y><#local t = y.tally()>
    <tr<#if t.declined()> class="has-decline"</#if>><th scope="row"><#if linked><a href="#${y.anchor()}">${y.year()}</a><#else>${y.year()}</#if></th><td data-label="Metingen">${t.assessments()}</td><td data-label="Thema's hoger">${t.up()}</td><td data-label="Thema's lager"><#if t.declined()><strong>${t.down()} <span aria-hidden="true">↓</span></strong><#else>${t.down()}</#if></td><td data-label="Geopend">${t.opened()}</td><td data-label="Gesloten">${t.closed()}</td><td data-label="Nieuwe naam">${t.renamed()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
</#macro>
