<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#assign p = page>
<@l.page p>
<p class="lead">Hier ziet u per jaar wat er in de atlas is veranderd. Dat gaat over de metingen van de kindcentra en over scholen, opvang en kindcentra die opengingen, dichtgingen of een nieuwe naam kregen. De nieuwste jaren staan bovenaan.</p>
<#if p.layout().site().feedHref()??><p class="feed"><a href="${p.layout().site().feedHref()}" type="application/atom+xml">Volg de wijzigingen (Atom-feed)</a></p></#if>
<#if p.years()?has_content>
<nav aria-label="Jaren">
  <ul class="link-list">
  <#list p.yearLinks() as y><li><a href="${y.href()}">${y.label()}</a></li></#list>
  </ul>
</nav>
<#list p.years() as y>
<@parts.changeYear y "h2" "h3"/>
</#list>
<#else>
<p>Er zijn nog geen veranderingen bekend.</p>
</#if>
</@l.page>
