<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#assign p = page>
<@l.page p>
<p class="lead">Hier ziet u per jaar wat er in de atlas is veranderd. Dat gaat over de metingen van de kindcentra en over scholen, opvang en kindcentra die opengingen, dichtgingen of een nieuwe naam kregen. De nieuwste jaren staan bovenaan.</p>
<#if p.layout().site().feedHref()??><p class="feed"><a href="${p.layout().site().feedHref()}" type="application/atom+xml">Volg de wijzigingen (Atom-feed)</a></p></#if>
<#if p.years()?has_content>
<div class="table-scroll" role="region" aria-labelledby="wijzigingen-per-jaar" tabindex="0">
<table class="changes-summary">
  <caption id="wijzigingen-per-jaar">Wijzigingen per jaar. Een jaar met een thema dat lager uitkwam, is gemarkeerd.</caption>
  <thead>
    <tr><th scope="col">Jaar</th><th scope="col">Metingen</th><th scope="col">Thema's hoger</th><th scope="col">Thema's lager</th><th scope="col">Geopend</th><th scope="col">Gesloten</th><th scope="col">Nieuwe naam</th></tr>
  </thead>
  <tbody>
  <#list p.years() as y><#assign t = y.tally()>
    <tr<#if t.declined()> class="has-decline"</#if>><th scope="row"><a href="#${y.anchor()}">${y.year()}</a></th><td data-label="Metingen">${t.assessments()}</td><td data-label="Thema's hoger">${t.up()}</td><td data-label="Thema's lager"><#if t.declined()><strong>${t.down()} <span aria-hidden="true">↓</span></strong><#else>${t.down()}</#if></td><td data-label="Geopend">${t.opened()}</td><td data-label="Gesloten">${t.closed()}</td><td data-label="Nieuwe naam">${t.renamed()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<p>Per jaar staan hieronder alle wijzigingen. Open een jaar om ze te zien.</p>
<#list p.years() as y>
<@parts.changeYear y "h2" "h3" true true/>
</#list>
<#else>
<p>Er zijn nog geen veranderingen bekend.</p>
</#if>
</@l.page>
