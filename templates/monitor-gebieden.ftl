<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<p class="lead">Hier staan de cijfers van alle kernen en wijken onder elkaar. De cijfers tellen alleen plekken mee die open zijn op de datum van deze editie. Bij een kern tellen de wijken in die kern mee.</p>
<nav class="page-nav" aria-label="Gebieden op deze pagina">
  <ul class="link-list">
  <#list p.areas() as b><li><a href="#${b.anchor()}">${b.area().label()}</a></li></#list>
  </ul>
</nav>
<#list p.areas() as b>
<#assign s = b.figures()>
<section aria-labelledby="${b.anchor()}">
  <h2 id="${b.anchor()}">${b.area().label()}</h2>
  <p><a href="${b.area().href()}">Naar de pagina van ${b.area().label()}</a></p>
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
</#list>
</@l.page>
