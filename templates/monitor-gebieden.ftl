<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#assign p = page>
<@l.page p>
<p class="lead">Hier staan de cijfers van alle kernen en wijken onder elkaar. De cijfers tellen alleen plekken mee die open zijn op de datum van deze editie. Bij een kern tellen de wijken in die kern mee.</p>
<nav class="page-nav" aria-label="Gebieden op deze pagina">
  <ul class="link-list">
  <#list p.areas() as b><li><a href="#${b.anchor()}">${b.area().label()}</a></li></#list>
  </ul>
</nav>
<#list p.areas() as b>
<@parts.areaFigures b "h2"/>
</#list>
</@l.page>
